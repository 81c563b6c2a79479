//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::where`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhereParams {
    pub where2: ::std::option::Option<::std::string::String>,
    pub where3: ::std::option::Option<::std::string::String>,
    pub where4: ::std::option::Option<::std::string::String>,
}
impl WhereParams {
    /// Sets `where2`.
    #[must_use]
    pub fn where2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.where2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `where3`.
    #[must_use]
    pub fn where3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.where3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `where4`.
    #[must_use]
    pub fn where4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.where4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::where`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhereOkHeaders {
    pub r#where: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::where`].
#[derive(Debug, Clone, PartialEq)]
pub enum WhereResponse {
    /// ok
    Ok { body: super::types::Everything, headers: WhereOkHeaders },
}
/// Documented error responses of [`super::Client::where`].
#[derive(Debug, Clone, PartialEq)]
pub enum WhereError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::where_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum WherePostError {}
impl super::Client {
    /// */ operation where "#
    ///
    /// `GET /op33/{where}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#where(
        &self,
        r#where: &str,
        params: &WhereParams,
    ) -> ::std::result::Result<WhereResponse, super::Error<WhereError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op33/");
        url.push_str(
            &super::runtime::path_param(
                "where",
                &super::runtime::to_value("where", &r#where)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.where2 {
            let v = super::runtime::to_value("where", v)?;
            super::runtime::push_param(&mut query, "where", &v, "form", true);
        }
        if let Some(v) = &params.where3 {
            let v = super::runtime::to_value("where", v)?;
            headers.push(("where", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.where4 {
            let v = super::runtime::to_value("where", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "where", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[33usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("where", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "where", method = "GET", path =
            "/op33/{where}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("where", status, &response_headers);
        match status {
            200 => {
                let headers = WhereOkHeaders {
                    r#where: super::runtime::optional_header(
                        &response_headers,
                        "where",
                        status,
                    )?,
                };
                Ok(WhereResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        WhereError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(WhereError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            WhereError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op33/{where}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn where_post(
        &self,
        r#where: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<WherePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op33/");
        url.push_str(
            &super::runtime::path_param(
                "where",
                &super::runtime::to_value("where", &r#where)?,
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
            .run_request_hooks("where_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "where_post", method = "POST", path =
            "/op33/{where}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("where_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        WherePostError,
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
