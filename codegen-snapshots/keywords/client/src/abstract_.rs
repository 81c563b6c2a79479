//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::abstract`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AbstractParams {
    pub abstract2: ::std::option::Option<::std::string::String>,
    pub abstract3: ::std::option::Option<::std::string::String>,
    pub abstract4: ::std::option::Option<::std::string::String>,
}
impl AbstractParams {
    /// Sets `abstract2`.
    #[must_use]
    pub fn abstract2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.abstract2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `abstract3`.
    #[must_use]
    pub fn abstract3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.abstract3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `abstract4`.
    #[must_use]
    pub fn abstract4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.abstract4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::abstract`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AbstractOkHeaders {
    pub r#abstract: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::abstract`].
#[derive(Debug, Clone, PartialEq)]
pub enum AbstractResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AbstractOkHeaders },
}
/// Documented error responses of [`super::Client::abstract`].
#[derive(Debug, Clone, PartialEq)]
pub enum AbstractError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::abstract_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AbstractPostError {}
impl super::Client {
    /// */ operation abstract "#
    ///
    /// `GET /op38/{abstract}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#abstract(
        &self,
        r#abstract: &str,
        params: &AbstractParams,
    ) -> ::std::result::Result<AbstractResponse, super::Error<AbstractError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op38/");
        url.push_str(
            &super::runtime::path_param(
                "abstract",
                &super::runtime::to_value("abstract", &r#abstract)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.abstract2 {
            let v = super::runtime::to_value("abstract", v)?;
            super::runtime::push_param(&mut query, "abstract", &v, "form", true);
        }
        if let Some(v) = &params.abstract3 {
            let v = super::runtime::to_value("abstract", v)?;
            headers.push(("abstract", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.abstract4 {
            let v = super::runtime::to_value("abstract", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "abstract", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[38usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("abstract", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "abstract", method = "GET", path =
            "/op38/{abstract}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("abstract", status, &response_headers);
        match status {
            200 => {
                let headers = AbstractOkHeaders {
                    r#abstract: super::runtime::optional_header(
                        &response_headers,
                        "abstract",
                        status,
                    )?,
                };
                Ok(AbstractResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AbstractError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AbstractError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AbstractError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op38/{abstract}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn abstract_post(
        &self,
        r#abstract: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AbstractPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op38/");
        url.push_str(
            &super::runtime::path_param(
                "abstract",
                &super::runtime::to_value("abstract", &r#abstract)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("abstract_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "abstract_post", method = "POST", path =
            "/op38/{abstract}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("abstract_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AbstractPostError,
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
