//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::arc`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArcParams {
    pub arc2: ::std::option::Option<::std::string::String>,
    pub arc3: ::std::option::Option<::std::string::String>,
    pub arc4: ::std::option::Option<::std::string::String>,
}
impl ArcParams {
    /// Sets `arc2`.
    #[must_use]
    pub fn arc2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arc2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arc3`.
    #[must_use]
    pub fn arc3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arc3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arc4`.
    #[must_use]
    pub fn arc4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arc4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::arc`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArcOkHeaders {
    pub arc: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::arc`].
#[derive(Debug, Clone, PartialEq)]
pub enum ArcResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ArcOkHeaders },
}
/// Documented error responses of [`super::Client::arc`].
#[derive(Debug, Clone, PartialEq)]
pub enum ArcError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::arc_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ArcPostError {}
impl super::Client {
    /// */ operation Arc "#
    ///
    /// `GET /op143/{Arc}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn arc(
        &self,
        arc: &str,
        params: &ArcParams,
    ) -> ::std::result::Result<ArcResponse, super::Error<ArcError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op143/");
        url.push_str(
            &super::runtime::path_param(
                "Arc",
                &super::runtime::to_value("Arc", &arc)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.arc2 {
            let v = super::runtime::to_value("Arc", v)?;
            super::runtime::push_param(&mut query, "Arc", &v, "form", true);
        }
        if let Some(v) = &params.arc3 {
            let v = super::runtime::to_value("Arc", v)?;
            headers.push(("Arc", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.arc4 {
            let v = super::runtime::to_value("Arc", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Arc", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[143usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("arc", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Arc", method = "GET", path =
            "/op143/{Arc}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("arc", status, &response_headers);
        match status {
            200 => {
                let headers = ArcOkHeaders {
                    arc: super::runtime::optional_header(
                        &response_headers,
                        "Arc",
                        status,
                    )?,
                };
                Ok(ArcResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ArcError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ArcError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ArcError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op143/{Arc}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn arc_post(
        &self,
        arc: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ArcPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op143/");
        url.push_str(
            &super::runtime::path_param(
                "Arc",
                &super::runtime::to_value("Arc", &arc)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("arc_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Arc_post", method = "POST", path =
            "/op143/{Arc}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("arc_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ArcPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
